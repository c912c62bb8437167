// Design Twitter tests: generator CALLS SEED MODE (CALLS calls after the constructor; at most 10001
// posts since tweet ids are unique in [0, 10^4]; nobody ever follows themself here).
// random: 500 users, posts, follows, unfollows and feeds mixed at random;
// fanin: user 1 follows everyone, then all 10001 tweets are posted, then only getNewsFeed(1):
//        every feed can see every tweet (collecting and sorting them all is slow);
// lonely: 10001 tweets by users 2..500 whom user 1 does not follow, then getNewsFeed(1) over and
//         over (scanning a global timeline finds nothing and walks all of it);
// readers: 20 readers follow 100 random writers each; posts and feeds interleave;
// churn: 30 users, mostly follow/unfollow toggles between feeds;
// pair: two users who follow and unfollow each other, many posts and feeds.
int main(int argc, char** argv) {
    int calls = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> ids(10001);
    iota(ids.begin(), ids.end(), 0);
    shuffle(ids.begin(), ids.end(), rng);
    size_t nextId = 0;
    string names = "[\"Twitter\"", args = "[[]";
    int done = 0;
    auto op = [&](const char* name, const string& a) {
        names += ",\"";
        names += name;
        names += "\"";
        args += ",[" + a + "]";
        ++done;
    };
    auto post = [&](int u) { op("postTweet", to_string(u) + "," + to_string(ids[nextId++])); };
    auto feed = [&](int u) { op("getNewsFeed", to_string(u)); };
    auto fol = [&](const char* name, int a, int b) {
        if (a == b) b = a % 500 + 1;
        op(name, to_string(a) + "," + to_string(b));
    };
    auto canPost = [&]() { return nextId < ids.size(); };
    if (mode == "fanin") {
        for (int u = 2; u <= 500 && done < calls; ++u) fol("follow", 1, u);
        while (canPost() && done < calls) post(draw(1, 500));
        while (done < calls) feed(1);
    } else if (mode == "lonely") {
        fol("follow", 1, 2);
        fol("unfollow", 1, 2);
        while (canPost() && done < calls) post(draw(2, 500));
        while (done < calls) feed(1);
    } else if (mode == "readers") {
        for (int r = 1; r <= 20; ++r)
            for (int k = 0; k < 100 && done < calls; ++k) fol("follow", r, draw(21, 500));
        while (done < calls) {
            int x = draw(0, 99);
            if (x < 35 && canPost()) post(draw(1, 500));
            else if (x < 40) fol(draw(0, 1) ? "follow" : "unfollow", draw(1, 20), draw(21, 500));
            else feed(draw(1, 20));
        }
    } else if (mode == "churn") {
        while (done < calls) {
            int x = draw(0, 99);
            if (x < 20 && canPost()) post(draw(1, 30));
            else if (x < 50) fol("follow", draw(1, 30), draw(1, 30));
            else if (x < 80) fol("unfollow", draw(1, 30), draw(1, 30));
            else feed(draw(1, 30));
        }
    } else if (mode == "pair") {
        while (done < calls) {
            int x = draw(0, 99);
            int a = draw(1, 2);
            if (x < 35 && canPost()) post(a);
            else if (x < 45) fol("follow", a, 3 - a);
            else if (x < 55) fol("unfollow", a, 3 - a);
            else feed(a);
        }
    } else {  // random
        while (done < calls) {
            int x = draw(0, 99);
            if (x < 33 && canPost()) post(draw(1, 500));
            else if (x < 55) fol("follow", draw(1, 500), draw(1, 500));
            else if (x < 65) fol("unfollow", draw(1, 500), draw(1, 500));
            else feed(draw(1, 500));
        }
    }
    printf("%s]\n%s]\n", names.c_str(), args.c_str());
}
