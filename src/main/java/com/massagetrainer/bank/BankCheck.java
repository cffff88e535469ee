package com.massagetrainer.bank;

import com.massagetrainer.bank.format.BankReport;
import com.massagetrainer.bank.format.BankValidation;
import com.massagetrainer.bank.format.BankValidator;

import java.nio.file.Path;

/**
 * Validates the bank without starting the app: prints every problem as file:line, the item-writing warnings as
 * file:line, then the bank report with the item-writing measures. Exit code 1 when the bank has errors.
 * Usage: {@code BankCheck [bank-folder [articles-folder]]} (defaults {@code question-bank} and the
 * {@code shared/articles} folder beside the checkout).
 */
public final class BankCheck {

    private BankCheck() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "question-bank");
        Path articles = args.length > 1 ? Path.of(args[1]) : BankValidator.articlesBeside(dir);
        BankValidation validation = new BankValidator(articles).validate(dir);
        if (!validation.problems().isEmpty()) {
            System.out.println(validation.report());
            System.out.println();
        }
        if (!validation.lint().isEmpty()) {
            System.out.println("Item-writing warnings (" + validation.lint().size() + "):");
            System.out.println(validation.lintReport());
            System.out.println();
        }
        validation.bank().ifPresent(bank -> System.out.print(new BankReport(bank, validation.lintResult().orElseThrow())
                .render()));
        long errors = validation.errors().size();
        long failing = validation.lintResult().map(r -> r.failures().size()).orElse(0);
        System.out.println(errors == 0 ? "Bank OK: " + validation.bank().map(b -> b.questions().size()).orElse(0)
                + " questions" + (failing == 0 ? "." : "; " + failing + " enforced item-writing measure(s) past "
                + "their goal: the build fails until they are fixed.")
                : errors + " error(s); the app will not start until they are fixed.");
        System.exit(errors == 0 ? 0 : 1);
    }
}
