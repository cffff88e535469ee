package com.massagetrainer.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/** Page-level settings of the web app: the theme, the viewport, and the remembered light/dark choice. */
@Theme("trainer")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        // Apply the remembered light/dark choice before the first paint; follow the system setting otherwise.
        settings.addInlineWithContents(Inline.Position.PREPEND, """
                (function () {
                  var t = null;
                  try { t = localStorage.getItem('trainer-theme'); } catch (e) {}
                  if (t === 'dark' || (t === null && window.matchMedia
                      && window.matchMedia('(prefers-color-scheme: dark)').matches)) {
                    document.documentElement.setAttribute('theme', 'dark');
                  }
                })();
                """, Inline.Wrapping.JAVASCRIPT);
    }
}
