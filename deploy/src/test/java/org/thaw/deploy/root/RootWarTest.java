package org.thaw.deploy.root;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootWarTest {

    @Test
    void theRootWarHoldsItsDeploymentDescriptorAndItsFilterOnly(@TempDir Path dir) throws Exception {
        Path war = RootWar.write(dir.resolve("ROOT.war"));
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(war))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertEquals(
                List.of("WEB-INF/web.xml", "WEB-INF/classes/org/thaw/deploy/root/NoSuchAddressFilter.class"), entries);
        assertEquals(NoSuchAddressFilter.class.getName().replace('.', '/') + ".class", RootWar.FILTER);
        assertEquals(
                List.of("ROOT.war"),
                Files.list(dir).map(p -> p.getFileName().toString()).toList());
    }
}
