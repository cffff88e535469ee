-- Questions a student starred (bookmarks), for the "Starred" practice set.
create table question_star (
    user_id     bigint      not null references app_user (id),
    question_id varchar(64) not null references question (id),
    starred_at  timestamp with time zone not null,
    constraint question_star_pk primary key (user_id, question_id)
);
