package dev.limittriage.io;

import java.net.URL;

/** Class-path resources that must exist: a missing one fails at once, naming the path it looked for. */
public final class Resources {
    private Resources() {
    }

    /**
     * The resource {@code name}, relative to {@code anchor}'s package unless it starts with {@code /}.
     *
     * @throws IllegalStateException naming the full path when the resource is missing
     */
    public static URL require(Class<?> anchor, String name) {
        URL url = anchor.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing resource: " + absolutePath(anchor, name));
        }
        return url;
    }

    static String absolutePath(Class<?> anchor, String name) {
        if (name.startsWith("/")) {
            return name.substring(1);
        }
        String pkg = anchor.getPackageName();
        return pkg.isEmpty() ? name : pkg.replace('.', '/') + "/" + name;
    }
}
