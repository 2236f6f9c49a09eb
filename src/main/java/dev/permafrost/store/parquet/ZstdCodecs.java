package dev.permafrost.store.parquet;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Parquet page compression through zstd-jni directly, so writing and reading need no Hadoop codec
 * classes (Parquet's own factory loads them even for uncompressed files). Supports ZSTD and
 * UNCOMPRESSED. A compressor keeps one native context and is used by one file writer at a time.
 */
final class ZstdCodecs implements CompressionCodecFactory {
    private final int level;

    ZstdCodecs(int level) {
        if (level < 1 || level > 22) {
            throw new IllegalArgumentException("zstd level " + level + " is outside 1..22");
        }
        this.level = level;
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        return switch (codec) {
            case ZSTD -> new Compressor(level);
            case UNCOMPRESSED -> new Plain();
            default -> throw unsupported(codec);
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return switch (codec) {
            case ZSTD -> new Decompressor();
            case UNCOMPRESSED -> new Plain();
            default -> throw unsupported(codec);
        };
    }

    @Override
    public void release() {
        // compressors release their own native context
    }

    private static IllegalArgumentException unsupported(CompressionCodecName codec) {
        return new IllegalArgumentException("Parquet codec " + codec
                + " is not supported by Permafrost's archive (it writes ZSTD); rewrite the file with ZSTD");
    }

    private static final class Compressor implements BytesInputCompressor {
        private final ZstdCompressCtx context = new ZstdCompressCtx();

        Compressor(int level) {
            context.setLevel(level);
        }

        @Override
        public BytesInput compress(BytesInput input) throws IOException {
            return BytesInput.from(context.compress(input.toByteArray()));
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.ZSTD;
        }

        @Override
        public void release() {
            context.close();
        }
    }

    private static final class Decompressor implements BytesInputDecompressor {
        @Override
        public BytesInput decompress(BytesInput input, int uncompressedSize) throws IOException {
            byte[] out = Zstd.decompress(input.toByteArray(), uncompressedSize);
            if (out.length != uncompressedSize) {
                throw new IOException("zstd page decompressed to " + out.length + " bytes, expected " + uncompressedSize);
            }
            return BytesInput.from(out);
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                throws IOException {
            byte[] in = new byte[compressedSize];
            input.get(in);
            output.put(decompress(BytesInput.from(in), uncompressedSize).toByteArray());
        }

        @Override
        public void release() {}
    }

    private static final class Plain implements BytesInputCompressor, BytesInputDecompressor {
        @Override
        public BytesInput compress(BytesInput input) {
            return input;
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.UNCOMPRESSED;
        }

        @Override
        public BytesInput decompress(BytesInput input, int uncompressedSize) {
            return input;
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize) {
            ByteBuffer slice = input.slice();
            slice.limit(compressedSize);
            output.put(slice);
        }

        @Override
        public void release() {}
    }
}
