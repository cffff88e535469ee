package com.massagetrainer.base;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;

/**
 * Lets one request at a time start something for a student: the row (kind, user, subject) of table start_lock is
 * locked with SELECT ... FOR UPDATE until the caller's transaction ends. Whatever the caller then checks and
 * inserts (one open attempt, attempt limits, retake waits) cannot be raced by a parallel session or a double click:
 * those wait here and afterwards see what the first one committed. Plain SQL that H2 and PostgreSQL both run.
 */
@Component
public class StartLock {

    public static final String CERTIFICATION = "CERTIFICATION";
    public static final String ASSIGNMENT = "ASSIGNMENT";
    /** An instructor creating an assignment in a class (subject: the class). */
    public static final String NEW_ASSIGNMENT = "NEW_ASSIGNMENT";

    /** How long a start waits behind others before it gives up (a certification draw takes well under a second). */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    StartLock(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Waits for and holds the lock of one student's starts at one subject until the current transaction ends. */
    public void hold(String kind, long userId, long subjectId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("StartLock.hold needs a transaction: the lock lasts until it ends");
        }
        // Real elapsed time, not the app's Clock: this bounds a wait for the database, not a rule about dates.
        long started = System.nanoTime();
        while (true) {
            try {
                inSavepoint(() -> {
                    if (!lock(kind, userId, subjectId)) {
                        // The student's first start at this subject: our uncommitted row is locked by us. A parallel
                        // first start inserting the same key waits for us, then fails as a duplicate (below).
                        jdbc.update("insert into start_lock (kind, user_id, subject_id) values (?, ?, ?)", kind,
                                userId, subjectId);
                    }
                });
                return;
            } catch (DuplicateKeyException | QueryTimeoutException | PessimisticLockingFailureException busy) {
                // Someone else created the row (lock it next round), or H2 stopped waiting after its lock timeout
                // (1 s by default; PostgreSQL waits as long as it takes): wait again, within our patience.
                if (System.nanoTime() - started > PATIENCE.toNanos()) {
                    throw new IllegalStateException("Another start of the same thing took longer than "
                            + PATIENCE.toSeconds() + " s; try again.", busy);
                }
            }
        }
    }

    private boolean lock(String kind, long userId, long subjectId) {
        return !jdbc.queryForList("select user_id from start_lock where kind = ? and user_id = ? and subject_id = ? "
                + "for update", Long.class, kind, userId, subjectId).isEmpty();
    }

    /**
     * Runs work inside a savepoint of the current transaction's connection (JdbcTemplate uses the same one): a failed
     * statement is rolled back alone and the transaction stays usable, which PostgreSQL otherwise refuses.
     */
    private void inSavepoint(Runnable work) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint before = connection.setSavepoint();
            try {
                work.run();
            } catch (RuntimeException e) {
                connection.rollback(before);
                throw e;
            }
            connection.releaseSavepoint(before);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not use a savepoint for the start lock", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
