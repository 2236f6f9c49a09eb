package dev.permafrost.camel.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.store.PendingMedia;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a server's text can and cannot do to the names of downloaded files. */
class MediaDownloaderTest {
    @TempDir
    Path folder;

    private static PendingMedia media(String id, String url) {
        return new PendingMedia("example.social", id, "1", "image", Optional.ofNullable(url), Optional.empty());
    }

    @Test
    void theExtensionIsTakenOnlyWhenShortAndPlain() {
        assertThat(MediaDownloader.extension(URI.create("https://files.example/a/b/original/ab12.JPG"))).isEqualTo(".jpg");
        assertThat(MediaDownloader.extension(URI.create("https://files.example/a/b/file.tar.gz"))).isEqualTo(".gz");
        assertThat(MediaDownloader.extension(URI.create("https://files.example/a/b/file.j%2Fpg"))).isEmpty();
        assertThat(MediaDownloader.extension(URI.create("https://files.example/a/..%2F..%2Fetc%2Fpasswd"))).isEmpty();
        assertThat(MediaDownloader.extension(URI.create("https://files.example/a/b/file.averyverylongone"))).isEmpty();
    }

    @Test
    void thePartialFileNameIsADigestOfInstanceAndId() {
        String name = MediaDownloader.partialName(media("../../../home/me/.bashrc", "https://files.example/x.png"));

        assertThat(name).matches("[0-9a-f]{64}\\.part");
    }

    @Test
    void onlyWebUrlsAreFetched() {
        MediaDownloader downloader = new MediaDownloader(folder, false, "test", () -> false);

        assertThatThrownBy(() -> downloader.download(media("1", "file:///etc/passwd"))).isInstanceOf(IOException.class)
                .hasMessageContaining("not https");
        assertThatThrownBy(() -> downloader.download(media("2", "http://files.example/x.png"))).isInstanceOf(IOException.class)
                .hasMessageContaining("not https");
        assertThatThrownBy(() -> downloader.download(media("3", null))).isInstanceOf(IOException.class)
                .hasMessageContaining("has no URL");
        assertThat(folder.resolve(".partial")).satisfiesAnyOf(path -> assertThat(path).doesNotExist(),
                path -> assertThat(Files.list(path)).isEmpty());
    }
}
