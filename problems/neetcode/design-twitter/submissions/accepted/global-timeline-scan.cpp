// One global timeline of (author, tweetId); a feed walks it from the newest end until 10 visible tweets are found.
class Twitter {
    vector<pair<int, int>> timeline;
    vector<vector<char>> follows = vector<vector<char>>(501, vector<char>(501, 0));

public:
    Twitter() {}

    void postTweet(int userId, int tweetId) { timeline.push_back({userId, tweetId}); }

    vector<int> getNewsFeed(int userId) {
        vector<int> feed;
        const vector<char>& f = follows[userId];
        for (int i = (int)timeline.size() - 1; i >= 0 && feed.size() < 10; --i) {
            int author = timeline[i].first;
            if (author == userId || f[author]) feed.push_back(timeline[i].second);
        }
        return feed;
    }

    void follow(int followerId, int followeeId) { follows[followerId][followeeId] = 1; }

    void unfollow(int followerId, int followeeId) { follows[followerId][followeeId] = 0; }
};
