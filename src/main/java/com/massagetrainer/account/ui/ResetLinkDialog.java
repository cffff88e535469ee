package com.massagetrainer.account.ui;

import com.massagetrainer.account.PasswordResetService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Shows a freshly created reset link once, to hand over to a person who cannot receive mail. It is not stored in a
 * readable form, so closing the dialog loses it (a new one can be created; the old one still works until used).
 */
public final class ResetLinkDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public ResetLinkDialog(String forWhom, PasswordResetService.Link link) {
        setId("reset-link-dialog");
        setHeaderTitle("Reset link for " + forWhom);
        TextField url = new TextField("One-time link");
        url.setId("reset-link");
        url.setValue(link.url());
        url.setReadOnly(true);
        url.setWidthFull();
        Button copy = new Button("Copy", VaadinIcon.COPY.create());
        copy.setId("reset-link-copy");
        copy.addClickListener(e -> copy.getElement().executeJs("navigator.clipboard.writeText($0)", link.url())
                .then(ok -> copy.setText("Copied"), failed -> copy.setText("Select and copy the link")));
        add(new Paragraph("Give this link to " + forWhom + " in person or by a message only they read. It works once, "
                + "until " + TIME.format(link.expiresAt()) + ". It is shown only now."), url, copy);
        Button close = new Button("Done", e -> close());
        close.setId("reset-link-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        setWidth("min(36rem, 95vw)");
    }
}
