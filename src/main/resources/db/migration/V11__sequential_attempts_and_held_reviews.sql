-- Certification-style attempts hand out one question at a time: `sequential` is the rule (a property of the attempt,
-- so later modes such as an adaptive exam can reuse it) and `current_position` is the one question the student may
-- see and answer; it moves on only once that question is answered.
alter table attempt add column sequential boolean default false not null;
alter table attempt add column current_position integer;
update attempt set sequential = true where mode = 'CERTIFICATION';
update attempt set current_position = coalesce((select min(i.position) from attempt_item i
        where i.attempt_id = attempt.id and i.answered_at is null), question_count)
    where sequential = true;

-- A certification never shows its keys: say so in the column every hidden-review rule reads.
update attempt set show_review = false where mode = 'CERTIFICATION';

-- Answers given where the review is hidden wait here, out of the review schedule, until the student meets the
-- question again where answers are shown; then they are replayed into its FSRS memory in order.
create table held_review (
    user_id      bigint      not null references app_user (id),
    question_id  varchar(64) not null references question (id),
    answered_at  timestamp with time zone not null,
    score        double precision not null,
    constraint held_review_pk primary key (user_id, question_id, answered_at)
);

-- Until now such answers were scheduled like any other. Hold them instead, and drop the schedules that only they
-- created (those questions were never seen with their keys).
insert into held_review (user_id, question_id, answered_at, score)
select a.user_id, i.question_id, i.answered_at, max(i.score)
from attempt_item i join attempt a on a.id = i.attempt_id
where a.show_review = false and a.status <> 'IN_PROGRESS' and i.answered_at is not null and i.score is not null
  and not exists (select 1 from attempt_item v join attempt va on va.id = v.attempt_id
                  where va.user_id = a.user_id and v.question_id = i.question_id and va.show_review = true
                    and v.answered_at is not null and v.answered_at >= i.answered_at)
group by a.user_id, i.question_id, i.answered_at;
delete from review_schedule where not exists (select 1 from attempt_item i join attempt a on a.id = i.attempt_id
        where a.user_id = review_schedule.user_id and i.question_id = review_schedule.question_id
          and a.show_review = true and i.answered_at is not null);

-- Assignment attempts close at the assignment's due time (an exam's time limit is cut short to it).
update attempt set deadline = (select s.due_at from assignment_attempt aa join assignment s on s.id = aa.assignment_id
        where aa.attempt_id = attempt.id)
    where status = 'IN_PROGRESS'
      and exists (select 1 from assignment_attempt aa join assignment s on s.id = aa.assignment_id
                  where aa.attempt_id = attempt.id and (attempt.deadline is null or s.due_at < attempt.deadline));
