// Reverse Bits tests: generator SEED MODE.
// random: any 32-bit value; low: only bits 0..15 random (the reverse lives in the top half);
// top: bit 31 set, the rest random; sparse: each bit 1 with probability 1/8; dense: each bit 1
// with probability 7/8. Bit 0 is set in low/sparse/dense so the answer reaches bit 31.
int main(int argc, char** argv) {
    mt19937_64 rng(atoll(argv[1]));
    string mode = argv[2];
    uint32_t n = 0;
    if (mode == "random") n = (uint32_t)rng();
    else if (mode == "top") n = (uint32_t)rng() | 0x80000000u;
    else {
        for (int b = 0; b < 32; ++b) {
            bool on = mode == "dense" ? rng() % 8 != 0 : mode == "sparse" ? rng() % 8 == 0 : (b < 16 && rng() % 2);
            if (on) n |= 1u << b;
        }
        n |= 1u;
    }
    printf("%u\n", n);
}
