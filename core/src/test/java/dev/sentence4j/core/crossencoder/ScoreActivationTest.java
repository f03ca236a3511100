package dev.sentence4j.core.crossencoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The activations on hand-computed values, and the torch names config.json carries. */
class ScoreActivationTest {
    private static float[] apply(String torchName, float[] values, int rows, int labels) {
        float[] v = values.clone();
        ScoreActivation.fromTorchName(torchName).orElseThrow().applyInPlace(v, rows, labels);
        return v;
    }

    @Test
    void sigmoid() {
        // sigmoid(0) = 1/2; sigmoid(ln 3) = 3/4; sigmoid(-ln 3) = 1/4
        float ln3 = (float) Math.log(3);
        assertThat(apply("torch.nn.modules.activation.Sigmoid", new float[] {0, ln3, -ln3}, 3, 1))
                .containsExactly(new float[] {0.5f, 0.75f, 0.25f}, within(1e-7f));
    }

    @Test
    void softmaxIsPerRow() {
        // row 0: exp(0), exp(ln 2), exp(ln 5) = 1, 2, 5 -> 1/8, 2/8, 5/8; row 1: equal logits -> 1/3 each,
        // shifted by 1000 (an unshifted exp would overflow)
        float ln2 = (float) Math.log(2);
        float ln5 = (float) Math.log(5);
        assertThat(apply("torch.nn.modules.activation.Softmax", new float[] {0, ln2, ln5, 1000, 1000, 1000}, 2, 3))
                .containsExactly(new float[] {0.125f, 0.25f, 0.625f, 1 / 3f, 1 / 3f, 1 / 3f}, within(1e-7f));
        // one label: softmax is 1
        assertThat(apply("torch.nn.Softmax", new float[] {-3.5f, 7f}, 2, 1)).containsExactly(1f, 1f);
    }

    @Test
    void identityAndTanh() {
        assertThat(apply("torch.nn.modules.linear.Identity", new float[] {-2.5f, 0, 3}, 1, 3)).containsExactly(-2.5f, 0f, 3f);
        // tanh(atanh(1/2)) = 1/2, atanh(1/2) = ln(3)/2
        assertThat(apply("torch.nn.modules.activation.Tanh", new float[] {(float) (Math.log(3) / 2), 0}, 2, 1))
                .containsExactly(new float[] {0.5f, 0f}, within(1e-7f));
    }

    @Test
    void defaultsAreStsSigmoidForOneLabelIdentityOtherwise() {
        assertThat(ScoreActivation.defaultFor(1).name()).isEqualTo("Sigmoid");
        assertThat(ScoreActivation.defaultFor(2).name()).isEqualTo("Identity");
        assertThat(ScoreActivation.defaultFor(3).torchName()).isEqualTo("torch.nn.modules.linear.Identity");
    }

    @Test
    void shortAndFullTorchNamesBothResolve() {
        assertThat(ScoreActivation.fromTorchName("torch.nn.Sigmoid")).contains(ScoreActivation.defaultFor(1));
        assertThat(ScoreActivation.fromTorchName("torch.nn.Identity")).contains(ScoreActivation.defaultFor(3));
        assertThat(ScoreActivation.fromTorchName("torch.nn.Softmax")).contains(new ScoreActivation.Softmax());
        assertThat(ScoreActivation.fromTorchName("torch.nn.modules.activation.LogSoftmax")).isEmpty();
        assertThat(ScoreActivation.fromTorchName("torch.nn.LogSoftmax")).isEmpty();
        assertThat(ScoreActivation.fromTorchName("my_package.MyActivation")).isEmpty();
        assertThat(ScoreActivation.supportedNames()).contains("torch.nn.modules.activation.Sigmoid",
                "torch.nn.modules.linear.Identity", "torch.nn.modules.activation.Softmax", "torch.nn.modules.activation.Tanh");
    }
}
