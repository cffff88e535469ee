package com.massagetrainer.report;

import com.massagetrainer.account.Role;
import com.massagetrainer.account.TrainerPrincipal;

/**
 * Who handles a report: the one place that decides it. Today every report goes to the admins' queue; when questions
 * can belong to an instructor, reports on those go to their owner here, and the queue and the answer follow.
 */
final class ReportRouting {

    private ReportRouting() {
    }

    static boolean mayHandle(TrainerPrincipal who) {
        return who.role() == Role.ADMIN;
    }
}
