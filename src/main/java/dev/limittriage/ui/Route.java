package dev.limittriage.ui;

import java.util.Locale;

/** The answer to "Where did image generation stop?" on the start screen. */
public enum Route {
    CHATGPT_APP, OPENAI_API, AZURE, PROVIDER, NOT_SURE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
