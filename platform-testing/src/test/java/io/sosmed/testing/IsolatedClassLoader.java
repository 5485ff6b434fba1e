package io.sosmed.testing;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * Loads this module's main classes a second time (child first), the way each Quarkus application restart does,
 * so tests can check that servers are shared per JVM and not per class loader.
 */
final class IsolatedClassLoader extends URLClassLoader {

    IsolatedClassLoader() {
        super(new URL[] {KafkaBroker.class.getProtectionDomain().getCodeSource().getLocation()},
                KafkaBroker.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith("io.sosmed.testing.")) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = findClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }
}
