package com.massagetrainer.bookmark.ui;

import com.massagetrainer.bookmark.BookmarkService;
import com.massagetrainer.bookmark.StarRuleException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * A star toggle for one question: a small self-contained button (aria-pressed says whether it is starred), to drop
 * into feedback, review-card headers and search results.
 */
public class StarButton extends Button {

    private final BookmarkService bookmarks;
    private final String questionId;
    private boolean starred;

    public StarButton(BookmarkService bookmarks, String questionId, boolean starred) {
        this.bookmarks = bookmarks;
        this.questionId = questionId;
        addClassName("star-button");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addClickListener(e -> toggle());
        show(starred);
    }

    public boolean isStarred() {
        return starred;
    }

    private void toggle() {
        try {
            show(bookmarks.setStarred(questionId, !starred));
        } catch (StarRuleException e) {
            Notification.show(e.getMessage(), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void show(boolean now) {
        starred = now;
        setIcon(new Icon(now ? VaadinIcon.STAR : VaadinIcon.STAR_O));
        setText(now ? "Starred" : "Star");
        getElement().setAttribute("aria-pressed", String.valueOf(now));
        setTooltipText(now ? "Remove from your starred questions" : "Add to your starred questions");
    }
}
