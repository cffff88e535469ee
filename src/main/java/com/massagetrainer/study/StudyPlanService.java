package com.massagetrainer.study;

import com.massagetrainer.account.CurrentUser;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.CurrentQuestion;
import com.massagetrainer.bank.Topic;
import com.massagetrainer.progress.ProgressService;
import com.massagetrainer.progress.ReviewService;
import com.massagetrainer.progress.TopicMastery;
import com.massagetrainer.quiz.QuizRuleException;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in student's study plan: its settings, today's goal and progress, and today's session. Days are
 * counted in the zone stored with the plan (the browser's when it was saved); without a plan, in UTC.
 *
 * <p>The goal is fixed for the day: it is computed from the state at the start of the day (questions first met
 * today count as still unseen, answers given today to seen questions as reviews due today), so that working
 * through it does not move it.
 */
@Service
@Transactional
public class StudyPlanService {

    /** Answers (relearning steps not counted) since an instant, and the questions first met since then. */
    static final String DONE_SQL = """
            select count(*) from attempt_item i join attempt a on a.id = i.attempt_id
            where a.user_id = ? and i.answered_at >= ? and i.relearn = false""";
    static final String FIRST_MET_SQL = """
            select count(*) from (
                select i.question_id, min(i.answered_at) as first_answer
                from attempt_item i join attempt a on a.id = i.attempt_id
                where a.user_id = ? and a.show_review = true and i.answered_at is not null
                group by i.question_id) firsts
            where firsts.first_answer >= ?""";

    private final StudyPlanRepository plans;
    private final ReviewService reviews;
    private final ProgressService progress;
    private final QuizService quizzes;
    private final BankCatalog bank;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    StudyPlanService(StudyPlanRepository plans, ReviewService reviews, ProgressService progress, QuizService quizzes,
                     BankCatalog bank, CurrentUser currentUser, JdbcTemplate jdbc, Clock clock) {
        this.plans = plans;
        this.reviews = reviews;
        this.progress = progress;
        this.quizzes = quizzes;
        this.bank = bank;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<PlanSettings> myPlan() {
        return plans.findById(currentUser.requireId()).map(StudyPlan::settings);
    }

    /**
     * Saves the signed-in student's plan. {@code zoneId} is the browser's time zone; an unknown one falls back to
     * UTC. The exam date must be today or later, and at least one study day chosen.
     */
    public PlanSettings savePlan(LocalDate examDate, Set<DayOfWeek> studyDays, String zoneId) {
        long userId = currentUser.requireId();
        ZoneId zone = zone(zoneId);
        if (examDate == null) {
            throw new QuizRuleException("Choose the date of your exam.");
        }
        if (examDate.isBefore(LocalDate.ofInstant(clock.instant(), zone))) {
            throw new QuizRuleException("The exam date has passed; choose today or a later date.");
        }
        if (studyDays == null || studyDays.isEmpty()) {
            throw new QuizRuleException("Choose at least one day of the week to study on.");
        }
        StudyPlan plan = plans.findById(userId).orElseGet(() -> new StudyPlan(userId));
        plan.set(examDate, studyDays, zone, clock.instant());
        return plans.save(plan).settings();
    }

    public void deletePlan() {
        plans.deleteById(currentUser.requireId());
    }

    /** Today's goal, progress and review forecast for the signed-in student. */
    @Transactional(readOnly = true)
    public StudyToday today() {
        long userId = currentUser.requireId();
        Optional<PlanSettings> plan = myPlan();
        ZoneId zone = plan.map(PlanSettings::zone).orElse(ZoneOffset.UTC);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<ReviewService.DueDay> forecast = reviews.forecast(zone);
        Map<String, String> names = bank.topicNames();
        if (plan.isEmpty()) {
            return new StudyToday(plan, today, null, 0, 0, 0, forecast, names);
        }
        Day day = day(userId, plan.get(), today, forecast);
        int weekGoal = StudyPlanner.weekGoal(today, plan.get().examDate(), plan.get().studyDays(), studyDayGoal(day, plan.get(), today));
        return new StudyToday(plan, today, day.goal, day.doneToday, count(DONE_SQL, userId, startOfWeek(today, zone)),
                weekGoal, forecast, names);
    }

    /**
     * Starts today's session: what is left of today's goal, in that order: the reviews (most overdue first), new
     * questions (the focus topics first, then the others in turn) and practice in the focus topics. With same-day
     * relearning, as any review session. Returns the attempt id.
     */
    public long startTodaysSession() {
        long userId = currentUser.requireId();
        PlanSettings plan = myPlan().orElseThrow(() -> new QuizRuleException("Set your exam date and study days first."));
        LocalDate today = LocalDate.ofInstant(clock.instant(), plan.zone());
        Day day = day(userId, plan, today, reviews.forecast(plan.zone()));
        DailyGoal goal = day.goal;
        if (goal.status() != DailyGoal.Status.STUDY && goal.status() != DailyGoal.Status.EXAM_DAY) {
            throw new QuizRuleException(switch (goal.status()) {
                case REST_DAY -> "Today is a rest day in your plan. Practise anyway from the buttons below.";
                case EXAM_PASSED -> "Your exam date has passed. Set a new date to plan again.";
                default -> "Nothing is left to do today. Well done.";
            });
        }
        int reviewsLeft = Math.max(0, goal.reviews() - day.reviewedToday);
        int newLeft = Math.max(0, goal.newQuestions() - day.newToday);
        int weakLeft = Math.max(0, goal.weakTopicQuestions() - Math.max(0, day.reviewedToday - goal.reviews()));
        LinkedHashSet<String> session = new LinkedHashSet<>();
        LocalDate until = goal.nextStudyDay() != null ? goal.nextStudyDay() : plan.examDate();
        Instant dueUntil = goal.status() == DailyGoal.Status.EXAM_DAY ? clock.instant()
                : until.atStartOfDay(plan.zone()).toInstant();
        session.addAll(reviews.dueBefore(dueUntil, Math.min(reviewsLeft, QuizSpec.MAX_QUESTIONS)));
        Set<String> seen = new HashSet<>(quizzes.myKeyShownQuestions());
        List<CurrentQuestion> all = bank.currentQuestions(bank.topics().stream().map(Topic::getId).toList(),
                List.of(1, 2, 3));
        addInTurn(session, all.stream().filter(q -> !seen.contains(q.questionId())).toList(), goal.focusTopics(),
                newLeft);
        addInTurn(session, all.stream().filter(q -> goal.focusTopics().contains(q.topicId())).toList(),
                goal.focusTopics(), weakLeft);
        if (session.isEmpty()) {
            throw new QuizRuleException("Today's goal is met. Come back on your next study day, or practise more below.");
        }
        List<String> ids = new ArrayList<>(session).subList(0, Math.min(session.size(), QuizSpec.MAX_QUESTIONS));
        return quizzes.startWithRelearning(QuizSpec.ofQuestions("Today's session: " + ids.size() + " questions", ids));
    }

    /** Adds up to {@code n} of {@code pool} not yet in the session, taking topics in turn, {@code first} ones first. */
    private static void addInTurn(Set<String> session, List<CurrentQuestion> pool, List<String> first, int n) {
        Map<String, Deque<String>> byTopic = new LinkedHashMap<>();
        first.forEach(t -> byTopic.put(t, new ArrayDeque<>()));
        for (CurrentQuestion q : pool) {
            if (!session.contains(q.questionId())) {
                byTopic.computeIfAbsent(q.topicId(), k -> new ArrayDeque<>()).add(q.questionId());
            }
        }
        int added = 0;
        boolean any = true;
        while (added < n && any) {
            any = false;
            for (Deque<String> queue : byTopic.values()) {
                if (added < n && !queue.isEmpty()) {
                    session.add(queue.poll());
                    added++;
                    any = true;
                }
            }
        }
    }

    /** Today's goal as fixed at the day's start, and what has been done of it. */
    private record Day(DailyGoal goal, int doneToday, int newToday, int reviewedToday, int unseenAtStart,
                       List<Long> forecastAtStart, List<String> weak) {
    }

    private Day day(long userId, PlanSettings plan, LocalDate today, List<ReviewService.DueDay> forecast) {
        OffsetDateTime dayStart = today.atStartOfDay(plan.zone()).toOffsetDateTime();
        int doneToday = count(DONE_SQL, userId, dayStart);
        int newToday = count(FIRST_MET_SQL, userId, dayStart);
        int reviewedToday = Math.max(0, doneToday - newToday);
        Set<String> seen = new HashSet<>(quizzes.myKeyShownQuestions());
        int unseenNow = (int) bank.currentQuestions(bank.topics().stream().map(Topic::getId).toList(), List.of(1, 2, 3))
                .stream().filter(q -> !seen.contains(q.questionId())).count();
        List<Long> atStart = new ArrayList<>(forecast.stream().map(ReviewService.DueDay::due).toList());
        atStart.set(0, atStart.get(0) + reviewedToday);
        com.massagetrainer.progress.Dashboard dashboard = progress.myDashboard();
        double target = dashboard.passMark() / 100.0;
        List<String> weak = dashboard.weakest().stream().filter(t -> t.mastery() < target)
                .map(TopicMastery::topicId).toList();
        DailyGoal goal = StudyPlanner.today(today, plan.examDate(), plan.studyDays(), unseenNow + newToday, atStart,
                weak);
        return new Day(goal, doneToday, newToday, reviewedToday, unseenNow + newToday, atStart, weak);
    }

    /**
     * A study day's goal for the week's figure: today's, or on a rest day the next study day's (as things stand now,
     * the forecast moved on to that day).
     */
    private static int studyDayGoal(Day day, PlanSettings plan, LocalDate today) {
        DailyGoal goal = day.goal;
        if (goal.status() != DailyGoal.Status.REST_DAY || goal.nextStudyDay() == null) {
            return goal.total();
        }
        int ahead = (int) (goal.nextStudyDay().toEpochDay() - today.toEpochDay());
        List<Long> from = day.forecastAtStart.subList(Math.min(ahead, day.forecastAtStart.size()),
                day.forecastAtStart.size());
        return StudyPlanner.today(goal.nextStudyDay(), plan.examDate(), plan.studyDays(), day.unseenAtStart, from,
                day.weak).total();
    }

    private OffsetDateTime startOfWeek(LocalDate today, ZoneId zone) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toOffsetDateTime();
    }

    private int count(String sql, long userId, OffsetDateTime since) {
        Integer n = jdbc.queryForObject(sql, Integer.class, userId, since.withOffsetSameInstant(ZoneOffset.UTC));
        return n == null ? 0 : n;
    }

    private static ZoneId zone(String zoneId) {
        try {
            return zoneId == null || zoneId.isBlank() ? ZoneOffset.UTC : ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
