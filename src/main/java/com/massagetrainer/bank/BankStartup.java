package com.massagetrainer.bank;

import com.massagetrainer.base.BeforeServing;
import com.massagetrainer.bank.format.BankProblem;
import com.massagetrainer.bank.format.BankValidation;
import com.massagetrainer.bank.format.BankValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/** Validates the bank folder and imports it before anything else runs; a bad bank stops the app. */
@Component
class BankStartup extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(BankStartup.class);

    private final BankImportService importer;
    private final Path bankDir;

    BankStartup(BankImportService importer, @Value("${trainer.bank.dir}") String bankDir) {
        super(BANK);
        this.importer = importer;
        this.bankDir = Path.of(bankDir);
    }

    @Override
    protected void prepare() {
        BankValidation validation = new BankValidator().validate(bankDir);
        validation.problems().stream().filter(p -> !p.isError()).map(BankProblem::toString).forEach(log::warn);
        if (!validation.isValid()) {
            throw new BankInvalidException(validation);
        }
        BankImport result = importer.importBank(validation.bank().orElseThrow());
        log.info("Question bank imported from {}: {}", bankDir.toAbsolutePath(), result);
    }
}
