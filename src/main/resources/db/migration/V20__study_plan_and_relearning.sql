-- A student's study plan: the exam date and the days of the week they study (a bit per day, Monday = 1 ... Sunday =
-- 64), with the time zone their days are counted in (the browser's, taken when the plan is saved).
create table study_plan (
    user_id     bigint      not null primary key references app_user (id),
    exam_date   date        not null,
    study_days  integer     not null,
    time_zone   varchar(64) not null,
    updated_at  timestamp with time zone not null
);

-- Same-day relearning in review sessions: a question missed there comes back a few questions later in the same
-- attempt, as an extra item marked `relearn` (it counts neither for the score nor for FSRS).
alter table attempt add column relearning boolean default false not null;
alter table attempt_item add column relearn boolean default false not null;
