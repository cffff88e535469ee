package com.massagetrainer.bank;

import com.massagetrainer.bank.format.BankReport;
import com.massagetrainer.bank.format.BankValidation;
import com.massagetrainer.bank.format.BankValidator;

import java.nio.file.Path;

/**
 * Validates the bank without starting the app: prints every problem as file:line, then the bank report.
 * Exit code 1 when the bank has errors. Usage: {@code BankCheck [bank-folder]} (default {@code question-bank}).
 */
public final class BankCheck {

    private BankCheck() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "question-bank");
        BankValidation validation = new BankValidator().validate(dir);
        if (!validation.problems().isEmpty()) {
            System.out.println(validation.report());
            System.out.println();
        }
        validation.bank().ifPresent(bank -> System.out.print(new BankReport(bank).render()));
        long errors = validation.errors().size();
        System.out.println(errors == 0 ? "Bank OK: " + validation.bank().map(b -> b.questions().size()).orElse(0)
                + " questions." : errors + " error(s); the app will not start until they are fixed.");
        System.exit(errors == 0 ? 0 : 1);
    }
}
