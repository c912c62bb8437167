// Insert a value on its first sighting, erase it on the second; the one value left is the answer.
class Solution {
public:
    int singleNumber(vector<int>& nums) {
        unordered_set<int> open;
        for (int x : nums) {
            auto it = open.find(x);
            if (it == open.end()) open.insert(x);
            else open.erase(it);
        }
        return *open.begin();
    }
};
