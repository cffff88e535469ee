package hello;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HelloApplication {

    public static void main(String[] args) {
        SpringApplication.run(HelloApplication.class, args);
    }

    /** One button; each click adds a line, so a click is a full server round trip with a change sent back. */
    @Route("")
    public static class HelloView extends VerticalLayout {
        public HelloView() {
            Paragraph clicks = new Paragraph("Clicked 0 times");
            Button button = new Button("Say hello");
            button.setId("hello");
            int[] count = {0};
            button.addClickListener(e -> clicks.setText("Clicked " + (++count[0]) + " times"));
            add(button, clicks);
        }
    }
}
