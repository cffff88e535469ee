package com.massagetrainer.account;

import com.massagetrainer.base.BeforeServing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Demo accounts, one per role, so a newcomer can look around at once. Off with trainer.demo-data=false. */
@Component
@ConditionalOnProperty(name = "trainer.demo-data", havingValue = "true")
class DemoAccounts extends BeforeServing {

    static final String PASSWORD_SUFFIX = "-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accounts;

    DemoAccounts(AccountService accounts) {
        super(ACCOUNTS);
        this.accounts = accounts;
    }

    @Override
    protected void prepare() {
        accounts.ensureUser("student@demo.test", "Sam Student", "student" + PASSWORD_SUFFIX, Role.STUDENT);
        accounts.ensureUser("instructor@demo.test", "Irene Instructor", "instructor" + PASSWORD_SUFFIX, Role.INSTRUCTOR);
        accounts.ensureUser("admin@demo.test", "Ada Admin", "admin" + PASSWORD_SUFFIX, Role.ADMIN);
        log.info("Demo accounts ready: student@demo.test / student{0}, instructor@demo.test / instructor{0}, "
                .replace("{0}", PASSWORD_SUFFIX) + "admin@demo.test / admin" + PASSWORD_SUFFIX);
    }
}
