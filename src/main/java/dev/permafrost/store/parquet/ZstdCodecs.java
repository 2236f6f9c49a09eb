package dev.permafrost.store.parquet;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import java.io.ByteArrayOutputStream;
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
            Buffer source = Buffer.of(input);
            byte[] target = new byte[(int) Zstd.compressBound(source.size())];
            int written = context.compressByteArray(target, 0, target.length, source.bytes(), 0, source.size());
            return BytesInput.from(target, 0, written);
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
            Buffer source = Buffer.of(input);
            return BytesInput.from(decompress(source.bytes(), source.size(), uncompressedSize));
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                throws IOException {
            byte[] in = new byte[compressedSize];
            input.get(in);
            output.put(decompress(in, compressedSize, uncompressedSize));
        }

        private static byte[] decompress(byte[] source, int length, int uncompressedSize) throws IOException {
            byte[] out = new byte[uncompressedSize];
            long written = Zstd.decompressByteArray(out, 0, uncompressedSize, source, 0, length);
            if (Zstd.isError(written) || written != uncompressedSize) {
                throw new IOException("zstd page did not decompress to the " + uncompressedSize + " bytes its header"
                        + " announces: " + (Zstd.isError(written) ? Zstd.getErrorName(written) : written + " bytes"));
            }
            return out;
        }

        @Override
        public void release() {}
    }

    /** The bytes of a page, copied once into an array the codec can read from. */
    private static final class Buffer extends ByteArrayOutputStream {
        private Buffer(int size) {
            super(size);
        }

        static Buffer of(BytesInput input) throws IOException {
            Buffer buffer = new Buffer((int) input.size());
            input.writeAllTo(buffer);
            return buffer;
        }

        byte[] bytes() {
            return buf;
        }
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
