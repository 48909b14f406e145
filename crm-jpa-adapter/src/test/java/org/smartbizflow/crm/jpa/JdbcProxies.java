package org.smartbizflow.crm.jpa;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/** The reflection glue of the tests that watch what the adapter sends through JDBC. */
final class JdbcProxies {

    private JdbcProxies() {
    }

    /** A proxy of one JDBC interface whose calls go to the handler. */
    static <T> T wrap(Class<T> type, T target, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(JdbcProxies.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** Calls the real object, rethrowing what it threw rather than a reflection wrapper. */
    static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
