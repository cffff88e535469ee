package com.massagetrainer.account;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends password-reset mail through the SMTP server in {@code spring.mail.*}; without {@code spring.mail.host} Spring
 * Boot creates no mail sender and {@link #configured()} is false. Mail goes out on a thread of its own after the
 * request's transaction commits, so a request for a known address answers as fast as one for an unknown address
 * (the answer must not tell whether an account exists). The link is never logged.
 */
@Component
class ResetMail {

    private static final Logger LOG = LoggerFactory.getLogger(ResetMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    // One sender thread; requests are rate-limited, so a short queue is enough and a flood is dropped, not queued.
    private final ThreadPoolExecutor outbox = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(200), r -> {
                Thread t = new Thread(r, "reset-mail");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.DiscardPolicy());

    ResetMail(ObjectProvider<JavaMailSender> sender,
              @Value("${trainer.mail.from:Massage Exam Trainer <no-reply@localhost>}") String from) {
        this.sender = sender;
        this.from = from;
    }

    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /** Queues the mail to go out once the current transaction has committed (at once outside a transaction). */
    void sendAfterCommit(String to, String displayName, String link) {
        Runnable send = () -> outbox.execute(() -> send(to, displayName, link));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private void send(String to, String displayName, String link) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject("Set a new password for Massage Exam Trainer");
        message.setText("Hello " + displayName + ",\n\n"
                + "someone (we hope you) asked to set a new password for your Massage Exam Trainer account.\n"
                + "Open this link within one hour to choose a new password. It works once:\n\n"
                + link + "\n\n"
                + "If you did not ask for this, ignore this mail: your password stays as it is.\n");
        try {
            mail.send(message);
        } catch (MailException e) {
            // The address and the link stay out of the log; the cause is enough to fix the mail settings.
            LOG.warn("Password-reset mail could not be sent: {}", e.getClass().getSimpleName()
                    + (e.getMostSpecificCause() != null ? " / " + e.getMostSpecificCause().getClass().getSimpleName() : ""));
        }
    }

    /** Waits until every mail queued so far has been handled (tests use it instead of sleeping). */
    void drain() throws InterruptedException, ExecutionException, TimeoutException {
        outbox.submit(() -> { }).get(30, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        outbox.shutdown();
    }
}
