package org.thaw.integration.health;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.InstanceAlreadyExistsException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * The Thaw wars of this JVM that are deployed with their REST application started, kept where every
 * war sees it although each loads its own classes: one MBean per war on the platform MBeanServer,
 * {@code org.thaw:type=DeployedWar,name=<war>}. A war enters once it knows its name and its REST
 * application has started, whichever comes last, and leaves when it stops. Public only because the
 * MBeanServer reads the entries' interface by reflection.
 */
public final class DeployedWars {

    private static final Logger LOG = Logger.getLogger(DeployedWars.class.getName());

    static final String DOMAIN = "org.thaw";

    /** This war's state (each war loads its own copy of this class). */
    private static String war;

    private static boolean restStarted;
    private static ObjectName entered;

    private DeployedWars() {}

    /** The war's name is known (its context path). */
    static synchronized void named(String name) {
        war = name;
        enterWhenReady();
    }

    /** The war's REST application has started. */
    static synchronized void restStarted() {
        restStarted = true;
        enterWhenReady();
    }

    /** The war stops: it is no longer deployed. */
    static synchronized void leave() {
        restStarted = false;
        if (entered != null) {
            try {
                server().unregisterMBean(entered);
            } catch (JMException | RuntimeException gone) {
                LOG.log(Level.FINE, "readiness: the war had left already", gone);
            }
            entered = null;
        }
    }

    /** Whether {@code name} is among the wars that have entered (in this JVM, any class loader). */
    static boolean present(String name) {
        try {
            return server().isRegistered(nameOf(name));
        } catch (MalformedObjectNameException | RuntimeException unreadable) {
            return false;
        }
    }

    /** Of {@code expected}, the wars that have not entered, in their order. */
    static List<String> missing(List<String> expected) {
        Set<String> missing = new LinkedHashSet<>();
        for (String name : expected) {
            if (!present(name)) {
                missing.add(name);
            }
        }
        return List.copyOf(missing);
    }

    private static void enterWhenReady() {
        if (war == null || !restStarted || entered != null) {
            return;
        }
        try {
            ObjectName name = nameOf(war);
            try {
                server().registerMBean(new DeployedWar(war), name);
            } catch (InstanceAlreadyExistsException earlier) {
                // an earlier deployment of this war that did not leave (redeployed in place): replace it
                server().unregisterMBean(name);
                server().registerMBean(new DeployedWar(war), name);
            }
            entered = name;
        } catch (JMException | RuntimeException failed) {
            LOG.log(Level.WARNING, "readiness: the war could not enter the registry of deployed wars", failed);
        }
    }

    private static ObjectName nameOf(String war) throws MalformedObjectNameException {
        return new ObjectName(DOMAIN + ":type=DeployedWar,name=" + ObjectName.quote(war));
    }

    private static MBeanServer server() {
        return ManagementFactory.getPlatformMBeanServer();
    }

    /** The MBean's view: the war's name, nothing else. */
    public interface DeployedWarMBean {
        String getName();
    }

    /** One war's entry. */
    public static final class DeployedWar implements DeployedWarMBean {
        private final String name;

        DeployedWar(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
