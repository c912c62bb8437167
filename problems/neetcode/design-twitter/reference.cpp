class Twitter {
    // Each user's tweets in posting order as (time, tweetId); follows as a set per user.
    int clock = 0;
    vector<vector<pair<int, int>>> tweets = vector<vector<pair<int, int>>>(501);
    vector<unordered_set<int>> follows = vector<unordered_set<int>>(501);

public:
    Twitter() {}

    void postTweet(int userId, int tweetId) {
        tweets[userId].push_back({clock++, tweetId});
    }

    vector<int> getNewsFeed(int userId) {
        // k-way merge from the newest end of each list: a max-heap of (time, user, index).
        vector<tuple<int, int, int>> heap;
        auto offer = [&](int user) {
            if (!tweets[user].empty()) {
                int i = (int)tweets[user].size() - 1;
                heap.push_back({tweets[user][i].first, user, i});
            }
        };
        offer(userId);
        for (int other : follows[userId]) offer(other);
        make_heap(heap.begin(), heap.end());
        vector<int> feed;
        while (!heap.empty() && feed.size() < 10) {
            pop_heap(heap.begin(), heap.end());
            auto [time, user, i] = heap.back();
            heap.pop_back();
            feed.push_back(tweets[user][i].second);
            if (i > 0) {
                heap.push_back({tweets[user][i - 1].first, user, i - 1});
                push_heap(heap.begin(), heap.end());
            }
        }
        return feed;
    }

    void follow(int followerId, int followeeId) {
        if (followerId != followeeId) follows[followerId].insert(followeeId);
    }

    void unfollow(int followerId, int followeeId) {
        follows[followerId].erase(followeeId);
    }
};
