-- Spaced repetition: what FSRS remembers of each (student, question) pair that has been answered.
create table review_schedule (
    user_id      bigint       not null references app_user (id),
    question_id  varchar(64)  not null references question (id),
    state        varchar(12)  not null,
    step         integer,
    stability    double precision not null,
    difficulty   double precision not null,
    due          timestamp with time zone not null,
    last_review  timestamp with time zone not null,
    reviews      integer      not null,
    lapses       integer      not null,
    constraint review_schedule_pk primary key (user_id, question_id)
);
-- "Review due: N" and the review session read one student's due questions, most overdue first.
create index review_schedule_due_idx on review_schedule (user_id, due);
