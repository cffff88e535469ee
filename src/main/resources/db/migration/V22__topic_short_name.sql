-- A short label per topic for tight spaces (the class mastery matrix headers); filled by the next bank import.
alter table topic add column short_name varchar(40);
