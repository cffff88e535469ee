-- The articles the bank cites, so a review can show a citation's article title.
create table source_article (
    id     varchar(64)  not null primary key,
    title  varchar(300) not null
);
