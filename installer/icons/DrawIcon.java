import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the app icon (a benzene ring with a new bond sprouting from it) and writes it in each platform's
 * format: {@code java -Djava.awt.headless=true DrawIcon.java DIR} writes denovo-workbench.png (Linux),
 * .ico (Windows, PNG-compressed entries) and .icns (macOS).
 */
public final class DrawIcon {
    private DrawIcon() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Files.write(dir.resolve("denovo-workbench.png"), png(256));
        Files.write(dir.resolve("denovo-workbench.ico"), ico(new int[] {16, 32, 48, 256}));
        Files.write(dir.resolve("denovo-workbench.icns"), icns());
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size / 256.0;
        g.setPaint(new GradientPaint(0, 0, new Color(0x1f5f8b), size, size, new Color(0x0f3350)));
        g.fill(new RoundRectangle2D.Double(8 * s, 8 * s, 240 * s, 240 * s, 56 * s, 56 * s));
        double cx = 112 * s;
        double cy = 140 * s;
        double r = 62 * s;
        Path2D ring = new Path2D.Double();
        double[][] p = new double[6][2];
        for (int i = 0; i < 6; i++) {
            double a = Math.toRadians(90 + 60 * i);
            p[i][0] = cx + r * Math.cos(a);
            p[i][1] = cy - r * Math.sin(a);
            if (i == 0) {
                ring.moveTo(p[i][0], p[i][1]);
            } else {
                ring.lineTo(p[i][0], p[i][1]);
            }
        }
        ring.closePath();
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) (12 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(ring);
        g.setStroke(new BasicStroke((float) (8 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Ellipse2D.Double(cx - 34 * s, cy - 34 * s, 68 * s, 68 * s));
        // the new bond, from the top-right atom outwards, ending in a bright new atom
        double[] from = p[5];
        double tx = from[0] + 58 * s;
        double ty = from[1] - 34 * s;
        g.setColor(new Color(0x9fe3a7));
        g.setStroke(new BasicStroke((float) (12 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(from[0], from[1], tx, ty));
        double d = 40 * s;
        g.fill(new Ellipse2D.Double(tx - d / 2, ty - d / 2, d, d));
        g.dispose();
        return img;
    }

    static byte[] png(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", out);
        return out.toByteArray();
    }

    /** An ICO file whose entries are PNGs (Windows Vista and later). */
    static byte[] ico(int[] sizes) throws IOException {
        byte[][] images = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(sizes[i]);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LittleEndian out = new LittleEndian(bytes);
        out.short16(0);
        out.short16(1);
        out.short16(sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int i = 0; i < sizes.length; i++) {
            bytes.write(sizes[i] >= 256 ? 0 : sizes[i]);
            bytes.write(sizes[i] >= 256 ? 0 : sizes[i]);
            bytes.write(0);
            bytes.write(0);
            out.short16(1);
            out.short16(32);
            out.int32(images[i].length);
            out.int32(offset);
            offset += images[i].length;
        }
        for (byte[] image : images) {
            bytes.write(image);
        }
        return bytes.toByteArray();
    }

    /** An ICNS file with PNG entries: ic07 (128), ic08 (256), ic09 (512), ic10 (1024). */
    static byte[] icns() throws IOException {
        String[] types = {"ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {128, 256, 512, 1024};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (int i = 0; i < types.length; i++) {
            byte[] image = png(sizes[i]);
            out.writeBytes(types[i]);
            out.writeInt(8 + image.length);
            out.write(image);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + body.size());
        header.write(body.toByteArray());
        return file.toByteArray();
    }

    private record LittleEndian(ByteArrayOutputStream out) {
        void short16(int v) {
            out.write(v & 0xff);
            out.write((v >> 8) & 0xff);
        }

        void int32(int v) {
            short16(v & 0xffff);
            short16((v >> 16) & 0xffff);
        }
    }
}
