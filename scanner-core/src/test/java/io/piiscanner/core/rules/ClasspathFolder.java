package io.piiscanner.core.rules;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Lists the files of a classpath folder, whether it is a directory (IDE) or inside the rules jar (Maven). */
public final class ClasspathFolder {

    private ClasspathFolder() {
    }

    /** Paths relative to the classpath root, e.g. {@code rules/entities/email.yaml}. */
    public static List<String> files(String folder) throws IOException, URISyntaxException {
        URL url = ClasspathFolder.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IOException(folder + " is not on the classpath");
        }
        if ("jar".equals(url.getProtocol())) {
            try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                return list(fs.getPath("/"), fs.getPath("/" + folder));
            }
        }
        Path dir = Path.of(url.toURI());
        Path root = dir;
        for (String ignored : folder.split("/")) {
            root = root.getParent();
        }
        return list(root, dir);
    }

    private static List<String> list(Path root, Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/').replaceFirst("^/", ""))
                    .toList();
        }
    }
}
