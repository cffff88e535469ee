package com.massagetrainer.bank.format;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the bank file reader with Jazzer. In the normal test run (`./mvnw verify`) it replays the seed corpus in
 * src/test/resources/.../BankParserFuzzTestInputs (empty file, BOM, CR-only, invalid UTF-8, deep nesting, alias
 * bomb, huge number, HTML/script, tabs, two documents, duplicate keys, binary, a valid file); with JAZZER_FUZZ=1
 * it explores new inputs. Whatever the bytes, reading either succeeds or reports located problems; it never throws.
 */
class BankParserFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void parsingNeverThrows(byte[] data) {
        List<BankProblem> problems = new ArrayList<>();
        var document = YamlDocument.parse("fuzz.yaml", data, problems);
        assertThat(document.isPresent() || !problems.isEmpty()).isTrue();
        problems.forEach(p -> {
            assertThat(p.file()).isEqualTo("fuzz.yaml");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).isNotBlank();
        });
    }
}
