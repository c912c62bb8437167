// Classic mistake: sorts the categories case-insensitively, so "apple" comes before "Banana".
class Solution {
    static string lower(string s) {
        for (char& c : s) c = tolower((unsigned char)c);
        return s;
    }
public:
    vector<vector<int>> oneHot(vector<string>& values) {
        vector<string> cats(values);
        sort(cats.begin(), cats.end());
        cats.erase(unique(cats.begin(), cats.end()), cats.end());
        stable_sort(cats.begin(), cats.end(), [](const string& a, const string& b) { return lower(a) < lower(b); });
        map<string, int> column;
        for (size_t t = 0; t < cats.size(); ++t) column[cats[t]] = t;
        vector<vector<int>> out(values.size(), vector<int>(cats.size(), 0));
        for (size_t i = 0; i < values.size(); ++i) out[i][column[values[i]]] = 1;
        return out;
    }
};
