package com.massagetrainer.certification.ui;

import com.massagetrainer.account.CurrentUser;
import com.massagetrainer.account.Role;
import com.massagetrainer.certification.CertificateDetails;
import com.massagetrainer.certification.Certification;
import com.massagetrainer.certification.CertificationRuleException;
import com.massagetrainer.certification.CertificationService;
import com.massagetrainer.base.When;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Admins and instructors: the certifications' settings; admins also see every certificate and can revoke one. */
@Route("admin/certification")
@PageTitle("Manage certification · Massage Exam Trainer")
@Menu(title = "Manage certification", order = 91, icon = "vaadin:diploma-scroll")
@RolesAllowed({Role.ADMIN_NAME, Role.INSTRUCTOR_NAME})
class CertificationAdminView extends VerticalLayout {

    private final CertificationService service;
    private final Grid<CertificateDetails> certificates = new Grid<>();

    CertificationAdminView(CertificationService service, CurrentUser currentUser) {
        this.service = service;
        setId("certification-admin-view");
        addClassName("page");
        add(new H2("Certifications"));
        for (Certification c : service.allCertifications()) {
            CertificationForm form = new CertificationForm(c.getId(), c.settings());
            form.addSaveListener(e -> save(form, e.id(), e));
            add(form);
        }
        if (currentUser.hasRole(Role.ADMIN)) {
            certificates.setId("certificates-grid");
            // Six auto-width columns overflowed at 1280 px and cut the status ("Rev…"): texts wrap now, the code and
            // date share a column, and the status column takes the room that is left.
            certificates.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            certificates.addColumn(CertificateDetails::holderName).setHeader("Holder").setFlexGrow(1).setWidth("9rem")
                    .setKey("holder");
            certificates.addColumn(CertificateDetails::title).setHeader("Certification").setFlexGrow(1)
                    .setWidth("9rem").setKey("title");
            certificates.addComponentColumn(c -> twoLines(c.code(), When.format(c.issuedAt()))).setHeader("Code · issued")
                    .setFlexGrow(0).setWidth("12.5rem").setKey("issued");
            certificates.addComponentColumn(CertificationAdminView::status).setHeader("Status").setFlexGrow(2).setWidth("10rem")
                    .setKey("status");
            certificates.addComponentColumn(this::revokeButton).setKey("revoke").setFlexGrow(0).setWidth("7rem");
            certificates.setAllRowsVisible(true);
            add(new H3("Issued certificates"), certificates);
            refresh();
        }
    }

    private void save(CertificationForm form, long id, CertificationForm.SaveEvent e) {
        try {
            service.save(id, e.settings());
            Notification.show("Saved.", 3000, Notification.Position.BOTTOM_START);
        } catch (CertificationRuleException ex) {
            form.showProblem(ex.getMessage());
        }
    }

    private static Div twoLines(String first, String second) {
        Span secondary = new Span(second);
        secondary.addClassName("secondary-line");
        return new Div(new Span(first), secondary);
    }

    private static Div status(CertificateDetails c) {
        Span badge = new Span(c.isRevoked() ? "Revoked" : "Valid");
        badge.getElement().getThemeList().add("badge " + (c.isRevoked() ? "error" : "success"));
        Div cell = new Div(badge);
        cell.setId("status-" + c.id());
        if (c.isRevoked()) {
            Span reason = new Span(c.revokeReason());
            reason.addClassName("secondary-line");
            cell.add(reason);
        }
        return cell;
    }

    private Button revokeButton(CertificateDetails c) {
        Button revoke = new Button("Revoke", e -> confirmRevoke(c));
        revoke.setId("revoke-" + c.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setEnabled(!c.isRevoked());
        return revoke;
    }

    private void confirmRevoke(CertificateDetails c) {
        TextArea reason = new TextArea("Reason (shown on the verification page)");
        reason.setId("revoke-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("revoke-dialog");
        dialog.setHeader("Revoke the certificate of " + c.holderName() + "?");
        dialog.add(reason);
        dialog.setCancelable(true);
        dialog.setConfirmText("Revoke");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> {
            try {
                service.revoke(c.id(), reason.getValue());
                Notification.show("Revoked. The verification page now says so.", 4000, Notification.Position.BOTTOM_START);
            } catch (CertificationRuleException ex) {
                Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE);
            }
            refresh();
        });
        dialog.open();
    }

    private void refresh() {
        certificates.setItems(service.allCertificates());
    }
}
