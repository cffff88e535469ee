package com.massagetrainer.durability;

import com.massagetrainer.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A data folder that cannot be written stops the app with a plain explanation. (The tests run as root, for whom
 * permissions do not apply, so the folder is made impossible to create: its parent is a file.)
 */
@ExtendWith(OutputCaptureExtension.class)
class UnwritableDataFolderTest {

    @TempDir
    Path tmp;

    @Test
    void unwritableDataFolderGivesAClearMessage(CapturedOutput output) throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("data"), "a file where the data folder should be");
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + notAFolder.resolve("trainer") + ";WRITE_DELAY=0",
                "--server.port=0", "--spring.main.banner-mode=off").close()).isInstanceOf(Exception.class);
        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
                .contains("The database file cannot be created or written")
                .contains("is writable by this user and that the disk is not full");
    }
}
