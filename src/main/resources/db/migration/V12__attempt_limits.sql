-- Counters that slow down guessing (sign-in passwords, class join codes). Kept in the database, not in one server's
-- memory, so every app server sees the same counts. One row per thing counted, e.g. ('sign-in', 'a@x.org 10.0.0.1').
-- until_at: the moment the rule measures from (next allowed attempt, or the rate limiter's theoretical arrival time).
create table attempt_limit (
    limit_kind       varchar(30)  not null,
    subject          varchar(400) not null,
    attempt_count    integer      not null,
    last_attempt_at  timestamp with time zone not null,
    until_at         timestamp with time zone not null,
    constraint attempt_limit_pk primary key (limit_kind, subject)
);
-- The clean-up job deletes counters nobody has touched for a day.
create index attempt_limit_last_idx on attempt_limit (last_attempt_at);
