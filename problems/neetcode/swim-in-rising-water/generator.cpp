// Swim in Rising Water tests: generator N SEED MODE. Every grid is a permutation of 0..N^2-1.
// Cells get a class (lower classes get lower heights, random order inside a class):
// random: one class; snake: a corridor winding row by row (left, then right...) below
// high walls; snakecols: the same column by column, so the route must climb upward;
// trap: the top row is a low dead-end pocket, the real route runs down the left column and
// along the bottom row; descending: heights fall in row-major order (the start is highest);
// spiral: heights rise along a clockwise spiral from the start; valley: heights grow with the
// distance from the main diagonal.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    vector<vector<long long>> key(n, vector<long long>(n, 0));  // sort key: class * 2^32 + noise
    auto noise = [&]() { return (long long)(rng() & 0xffffffffULL); };
    const long long C = 1LL << 32;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            long long cls = 0;
            if (mode == "snake") cls = (i % 2 == 0 || (i % 4 == 1 && j == n - 1) || (i % 4 == 3 && j == 0)) ? 0 : 1;
            else if (mode == "snakecols") cls = (j % 2 == 0 || (j % 4 == 1 && i == n - 1) || (j % 4 == 3 && i == 0)) ? 0 : 1;
            else if (mode == "trap") cls = (i == 0 && j > 0) ? 0 : (j == 0 || i == n - 1) ? 1 : 2;
            else if (mode == "valley") cls = abs(i - j);
            key[i][j] = cls * C + noise();
            if (mode == "descending") key[i][j] = -(long long)(i * n + j);
        }
    if (mode == "snake" || mode == "snakecols") key[n - 1][n - 1] = 0;  // make sure the end is on the corridor
    if (mode == "spiral") {
        int top = 0, bottom = n - 1, left = 0, right = n - 1, k = 0;
        while (top <= bottom && left <= right) {
            for (int j = left; j <= right; ++j) key[top][j] = k++;
            for (int i = top + 1; i <= bottom; ++i) key[i][right] = k++;
            if (top < bottom) for (int j = right - 1; j >= left; --j) key[bottom][j] = k++;
            if (left < right) for (int i = bottom - 1; i > top; --i) key[i][left] = k++;
            ++top, --bottom, ++left, --right;
        }
    }
    vector<pair<long long, int>> order;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) order.push_back({key[i][j], i * n + j});
    sort(order.begin(), order.end());
    vector<vector<int>> g(n, vector<int>(n));
    for (int r = 0; r < n * n; ++r) g[order[r].second / n][order[r].second % n] = r;
    judge_rt::Writer w;
    judge_rt::write(w, g);
    printf("%s\n", w.str().c_str());
}
