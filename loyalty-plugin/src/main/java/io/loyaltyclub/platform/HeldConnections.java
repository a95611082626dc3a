package io.loyaltyclub.platform;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * Counts the JDBC connections each thread holds: {@link #hold} hands out a connection that counts itself off its
 * thread again when it is closed.
 */
public final class HeldConnections {

    private final ThreadLocal<int[]> held = new ThreadLocal<int[]>() {
        @Override
        protected int[] initialValue() {
            return new int[1];
        }
    };

    /** How many connections the calling thread holds now. */
    public int heldByThisThread() {
        return held.get()[0];
    }

    /** {@code connection}, counted as held by the calling thread until it is closed. */
    public Connection hold(final Connection connection) {
        final int[] count = held.get();
        count[0]++;
        return (Connection) Proxy.newProxyInstance(HeldConnections.class.getClassLoader(),
                new Class<?>[]{Connection.class}, new InvocationHandler() {
                    private boolean closed;

                    @Override
                    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                        String name = method.getName();
                        boolean noArgs = args == null || args.length == 0;
                        if ("close".equals(name) && noArgs) {
                            if (!closed) {
                                closed = true;
                                count[0]--;
                            }
                            connection.close();
                            return null;
                        }
                        if ("equals".equals(name) && args != null && args.length == 1) {
                            return proxy == args[0];
                        }
                        if ("hashCode".equals(name) && noArgs) {
                            return System.identityHashCode(proxy);
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }
}
