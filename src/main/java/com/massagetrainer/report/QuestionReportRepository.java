package com.massagetrainer.report;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface QuestionReportRepository extends JpaRepository<QuestionReport, Long> {

    @Query("select count(r) from QuestionReport r where r.reporterId = :reporterId and r.createdAt > :since")
    long countSince(long reporterId, Instant since);

    @Query("select r from QuestionReport r where r.reporterId = :reporterId order by r.createdAt desc")
    List<QuestionReport> findMine(long reporterId);

    /** Reports with their reporter and the version number, oldest open first: the admin queue in one query. */
    @Query("""
            select new com.massagetrainer.report.ReportInQueue(r.id, r.questionId, v.version, r.questionVersionId,
                   u.displayName, u.email, r.reason, r.details, r.status, r.reply, r.createdAt)
            from QuestionReport r, com.massagetrainer.bank.QuestionVersion v, com.massagetrainer.account.AppUser u
            where v.id = r.questionVersionId and u.id = r.reporterId and (:all = true or r.status = com.massagetrainer.report.ReportStatus.OPEN)
            order by case when r.status = com.massagetrainer.report.ReportStatus.OPEN then 0 else 1 end, r.createdAt""")
    List<ReportInQueue> queue(boolean all);
}
