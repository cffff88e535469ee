package com.massagetrainer.classroom;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassroomTest extends KaribuTest {

    @Autowired
    ClassroomService classes;

    @SuppressWarnings("unchecked")
    private static List<RosterEntry> roster() {
        return GridKt._findAll((Grid<RosterEntry>) _get(Grid.class, spec -> spec.withId("roster")));
    }

    @Test
    void instructorCreatesAClassAndAStudentJoinsWithTheCode() {
        TrainerPrincipal instructor = login(TestAccounts.newUser(applicationContext, Role.INSTRUCTOR));
        UI.getCurrent().navigate("classes");
        _setValue(_get(TextField.class, spec -> spec.withId("class-name")), "Evening course");
        _click(_get(Button.class, spec -> spec.withId("create-class")));
        String code = _get(Span.class, spec -> spec.withId("join-code")).getText();
        assertThat(code).matches("[2-9A-HJKMNP-TV-Z]{3}-[2-9A-HJKMNP-TV-Z]{3}");
        assertThat(roster()).isEmpty();

        UI.getCurrent().navigate("");
        TrainerPrincipal student = login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        UI.getCurrent().navigate("");
        TextField field = _get(TextField.class, spec -> spec.withId("join-code-field"));
        _setValue(field, "no-such");
        _click(_get(Button.class, spec -> spec.withId("join-class-button")));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("No class has that code");
        _setValue(field, code.toLowerCase().replace("-", " "));
        _click(_get(Button.class, spec -> spec.withId("join-class-button")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("my-classes")).getText())
                .isEqualTo("Your classes: Evening course.");
        _setValue(field, code);
        _click(_get(Button.class, spec -> spec.withId("join-class-button")));
        assertThat(field.getErrorMessage()).contains("already in Evening course");

        login(instructor);
        long classId = classes.myClasses().get(0).id();
        UI.getCurrent().navigate("classes/" + classId);
        assertThat(roster()).extracting(RosterEntry::studentId).containsExactly(student.id());
        assertThat(roster().get(0).lastActive()).isNull();
    }

    @Test
    void aNewCodeStopsTheOldOneAndRemovingAStudentTakesThemOff() {
        TrainerPrincipal instructor = login(TestAccounts.newUser(applicationContext, Role.INSTRUCTOR));
        ClassSummary c = classes.create("Morning", null);
        TrainerPrincipal student = login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        classes.join(c.joinCode());
        login(instructor);
        String fresh = classes.regenerateCode(c.id()).joinCode();
        assertThat(fresh).isNotEqualTo(c.joinCode());
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        assertThatThrownBy(() -> classes.join(c.joinCode())).isInstanceOf(ClassroomRuleException.class);
        assertThat(classes.join(fresh).students()).isEqualTo(2);
        login(instructor);
        classes.removeStudent(c.id(), student.id());
        assertThat(classes.roster(c.id())).extracting(RosterEntry::studentId).doesNotContain(student.id()).hasSize(1);
    }

    @Test
    void instructorsSeeOnlyTheirOwnClassesAndStudentsSeeNone() {
        login(TestAccounts.newUser(applicationContext, Role.INSTRUCTOR));
        ClassSummary mine = classes.create("Mine", "desc");
        login(TestAccounts.newUser(applicationContext, Role.INSTRUCTOR));
        assertThat(classes.myClasses()).isEmpty();
        assertThatThrownBy(() -> classes.roster(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classes.myClass(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classes.regenerateCode(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classes.removeStudent(mine.id(), 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("classes/" + mine.id()))
                .hasRootCauseInstanceOf(NotFoundException.class);

        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        assertThatThrownBy(() -> classes.roster(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classes.create("Sneaky", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("classes")).isInstanceOf(MockAccessDeniedException.class);
    }
}
