package org.fieldbook.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.sql.Driver;
import java.util.Arrays;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Finds Derby's embedded JDBC driver. Since Derby 10.15 the public driver class lives in derbytools,
 * which is no bundle; the engine's own driver is loaded through the derby bundle instead.
 */
public final class DerbyDriverLoader {

    private static final String DERBY_BUNDLE = "derby";
    private static final String DRIVER_CLASS = "org.apache.derby.iapi.jdbc.AutoloadedDriver";

    private DerbyDriverLoader() {
    }

    public static Driver embeddedDriver() {
        try {
            return (Driver) driverClass().getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException | InstantiationException | IllegalAccessException
                | InvocationTargetException | NoSuchMethodException e) {
            throw new IllegalStateException("Apache Derby's embedded driver is not available: " + e, e);
        }
    }

    private static Class<?> driverClass() throws ClassNotFoundException {
        Bundle self = FrameworkUtil.getBundle(DerbyDriverLoader.class);
        if (self == null || self.getBundleContext() == null) {
            return Class.forName(DRIVER_CLASS); // plain class path, e.g. a benchmark
        }
        Bundle derby = Arrays.stream(self.getBundleContext().getBundles())
                .filter(bundle -> DERBY_BUNDLE.equals(bundle.getSymbolicName()))
                .findFirst()
                .orElseThrow(() -> new ClassNotFoundException("no '" + DERBY_BUNDLE + "' bundle installed"));
        return derby.loadClass(DRIVER_CLASS);
    }
}
