package com.massagetrainer.bank;

import com.massagetrainer.Application;
import com.massagetrainer.bank.format.TestBank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starting the whole app on a broken bank: it stops, and says file:line and what to do, with no stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class BankStartupFailureTest {

    @TempDir
    Path tmp;

    @Test
    void brokenBankStopsTheAppWithTheValidatorsMessages(CapturedOutput output) {
        TestBank bank = TestBank.valid(tmp).edit("questions/anatomy.yaml", "source: how-to", "source: how-too");
        // Command-line arguments, as a user would pass them; they override application.properties.
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).run(
                "--trainer.bank.dir=" + bank.dir(), "--server.port=0", "--trainer.demo-data=false",
                "--spring.datasource.url=jdbc:h2:mem:broken-bank;DB_CLOSE_DELAY=-1", "--spring.main.banner-mode=off")
                .close()).hasRootCauseInstanceOf(BankInvalidException.class);
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("question-bank/questions/anatomy.yaml:27: citation names unknown source 'how-too'")
                .contains("Fix the files named above")
                .doesNotContain("at com.massagetrainer.bank.BankStartup.prepare");
    }
}
