package io.loyaltyclub.testkit;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Counts the statements the calling thread sends to the database (each {@code execute...} call of a JDBC statement
 * is one round trip, however many SQL statements it holds), on connections taken while counting is on
 * ({@link ConnectionWatch#countRoundTrips}). Commits and id segments fetched on another connection are not counted.
 */
public final class RoundTrips {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<int[]>() {
        @Override
        protected int[] initialValue() {
            return new int[1];
        }
    };

    private RoundTrips() {
    }

    /** Statements executed by the calling thread since the last call, and starts again from zero. */
    public static int takeCount() {
        int[] count = COUNT.get();
        int taken = count[0];
        count[0] = 0;
        return taken;
    }

    static Connection counting(final Connection connection) {
        return (Connection) Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), new Class<?>[] {Connection.class},
                new InvocationHandler() {
                    @Override
                    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                        Object result = call(connection, method, args);
                        if (result instanceof Statement && method.getName().matches("prepareStatement|createStatement|prepareCall")) {
                            return countingStatement((Statement) result, method.getReturnType());
                        }
                        return result;
                    }
                });
    }

    private static Object countingStatement(final Statement statement, Class<?> type) {
        return Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), new Class<?>[] {type},
                new InvocationHandler() {
                    @Override
                    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                        if (method.getName().startsWith("execute")) {
                            COUNT.get()[0]++;
                        }
                        return call(statement, method, args);
                    }
                });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
