// Mistake: returns every visible tweet, newest first, instead of only the 10 newest.
class Twitter {
    vector<pair<int, int>> timeline;  // (author, tweetId)
    unordered_map<int, unordered_set<int>> follows;

public:
    Twitter() {}
    void postTweet(int userId, int tweetId) { timeline.push_back({userId, tweetId}); }
    vector<int> getNewsFeed(int userId) {
        vector<int> feed;
        auto& f = follows[userId];
        for (int i = (int)timeline.size() - 1; i >= 0; --i)
            if (timeline[i].first == userId || f.count(timeline[i].first)) feed.push_back(timeline[i].second);
        return feed;
    }
    void follow(int followerId, int followeeId) { follows[followerId].insert(followeeId); }
    void unfollow(int followerId, int followeeId) { follows[followerId].erase(followeeId); }
};
