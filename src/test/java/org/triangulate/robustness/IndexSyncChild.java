package org.triangulate.robustness;

import java.nio.file.Path;
import org.triangulate.task.Progress;
import org.triangulate.workspace.Workspace;

/** Child process of {@link CrashSafetyTest}: opens a workspace and syncs it, printing each progress step. */
public final class IndexSyncChild {

    private IndexSyncChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Workspace ws = Workspace.open(Path.of(args[0]), Path.of(args[1]))) {
            System.out.println("open");
            System.out.flush();
            ws.sync(new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    System.out.println("progress " + done + " " + total);
                    System.out.flush();
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            System.out.println("synced");
            System.out.flush();
        }
        System.out.println("closed");
        System.out.flush();
    }
}
