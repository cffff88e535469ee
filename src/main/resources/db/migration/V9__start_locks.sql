-- One row per student and thing they start (kind 'CERTIFICATION' or 'ASSIGNMENT', subject = its id). Starting locks
-- the row (SELECT ... FOR UPDATE) until its transaction ends, so "at most one open attempt", attempt limits and the
-- retake wait are checked and acted on by one request at a time: parallel sessions and double clicks wait their
-- turn and then see the attempt the first one created.
create table start_lock (
    kind        varchar(20) not null,
    user_id     bigint      not null,
    subject_id  bigint      not null,
    constraint start_lock_pk primary key (kind, user_id, subject_id)
);
