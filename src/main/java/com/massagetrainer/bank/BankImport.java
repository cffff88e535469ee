package com.massagetrainer.bank;

/** What one import of the bank changed. */
public record BankImport(int added, int changed, int unchanged, int retired) {

    @Override
    public String toString() {
        return added + " new, " + changed + " changed, " + unchanged + " unchanged, " + retired + " retired";
    }
}
