package com.massagetrainer.bookmark.ui;

import com.massagetrainer.bookmark.BookmarkService;
import com.massagetrainer.quiz.ui.QuestionStarring;
import com.vaadin.flow.component.Component;

/** Gives the quiz pages their star toggles. */
@org.springframework.stereotype.Component
class StarControls implements QuestionStarring {

    private final BookmarkService bookmarks;

    StarControls(BookmarkService bookmarks) {
        this.bookmarks = bookmarks;
    }

    @Override
    public Component starControl(String questionId, String id) {
        StarButton star = new StarButton(bookmarks, questionId, bookmarks.isStarred(questionId));
        star.setId(id);
        return star;
    }
}
